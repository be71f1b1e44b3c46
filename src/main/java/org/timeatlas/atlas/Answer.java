package org.timeatlas.atlas;

/** The right answer of a question; its type is the question's kind. */
public sealed interface Answer permits ChoiceAnswer, TerritoryAnswer, DateAnswer, OrderAnswer {

    QuestionKind kind();
}
