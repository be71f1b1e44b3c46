package org.timeatlas.atlas;

import java.util.List;

/**
 * The territories (of kind territory) any of which is a right click. {@code statusIds}, when not empty, are the
 * statuses the question asks about: at the question's moment every listed territory has one of them.
 */
public record TerritoryAnswer(List<String> territoryIds, List<String> statusIds) implements Answer {

    public TerritoryAnswer {
        territoryIds = List.copyOf(territoryIds);
        statusIds = List.copyOf(statusIds);
    }

    @Override
    public QuestionKind kind() {
        return QuestionKind.TERRITORY;
    }

    public boolean isRight(String clickedTerritoryId) {
        return territoryIds.contains(clickedTerritoryId);
    }
}
