package org.timeatlas.atlas.io;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.AtlasInfo;
import org.timeatlas.atlas.BaseFeature;
import org.timeatlas.atlas.DayCard;
import org.timeatlas.atlas.GlossaryTerm;
import org.timeatlas.atlas.Movement;
import org.timeatlas.atlas.Side;
import org.timeatlas.atlas.Era;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.LocalizedText;
import org.timeatlas.atlas.Place;
import org.timeatlas.atlas.Source;
import org.timeatlas.atlas.Status;
import org.timeatlas.atlas.Territory;

/**
 * Reads and checks an atlas folder (see docs/atlas-format.md). Every problem is collected with its file,
 * line and column; the atlas is returned only when there are none. Never throws for bad content.
 */
public final class AtlasLoader {

    /** The atlas packaged with the app. */
    public static final String EMBEDDED = "georgia-1991-2008";
    private static final Set<String> BASE_ROLES = Set.of("sea", "land", "lake", "river", "border", "relief");

    private final Path folder;
    private final List<Problem> problems = new ArrayList<>();

    private AtlasLoader(Path folder) {
        this.folder = folder;
    }

    public static LoadResult load(Path folder) {
        return new AtlasLoader(folder).load();
    }

    /** Loads an atlas packaged under {@code /maps/NAME/} on the classpath (a folder or inside the jar). */
    public static LoadResult loadEmbedded(String name) {
        URL url = AtlasLoader.class.getResource("/maps/" + name + "/atlas.json");
        if (url == null) {
            return new LoadResult(Optional.empty(),
                    List.of(new Problem("maps/" + name + "/atlas.json", 1, 1, "the embedded atlas is missing")));
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException alreadyOpen) {
                    // opened by an earlier load: reuse it
                }
            }
            return load(Path.of(uri).getParent());
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the embedded atlas " + name, e);
        }
    }

    private LoadResult load() {
        if (!Files.isDirectory(folder)) {
            problems.add(new Problem(folder.toString(), 1, 1, "not an atlas folder (no such directory)"));
            return result(null);
        }
        Optional<Json> infoJson = readJson(InfoReader.FILE);
        Optional<AtlasInfo> info = infoJson.flatMap(json -> InfoReader.read(json, problems));
        if (info.isEmpty()) {
            return result(null);
        }
        ReadContext context = new ReadContext(problems, info.get());
        Map<String, Source> sources = SourceReader.empty();
        for (String file : filesIn("sources")) {
            readJson(file).ifPresent(json -> SourceReader.read(json, context, sources));
        }
        context.useSources(sources);
        List<Status> statuses = readJson(StatusReader.FILE).map(json -> StatusReader.read(json, context)).orElse(List.of());
        Map<String, Status> statusById = statuses.stream().collect(Collectors.toMap(Status::id, Function.identity()));
        List<FeatureReader.Feature> outlines = readFeatures(TerritoryReader.OUTLINES, context);
        List<Territory> territories = readJson(TerritoryReader.FILE)
                .map(json -> TerritoryReader.read(json, outlines, statusById, context)).orElse(List.of());
        Map<String, Territory> territoryById = new LinkedHashMap<>();
        territories.forEach(t -> territoryById.put(t.id(), t));
        List<Event> events = new ArrayList<>();
        Set<String> eventIds = new HashSet<>();
        for (String file : filesIn("events")) {
            readJson(file).ifPresent(json -> EventReader.read(json, territoryById, eventIds, context, events));
        }
        events.sort((a, b) -> a.start().compareTo(b.start()));
        List<Era> eras = optional(EraReader.FILE, json -> EraReader.read(json, context));
        List<Place> places = Files.exists(folder.resolve(PlaceReader.FILE))
                ? PlaceReader.read(readFeatures(PlaceReader.FILE, context), context) : List.of();
        List<BaseFeature> base = baseLayers(infoJson.get(), context);
        List<GlossaryTerm> glossary = optional(GlossaryReader.FILE, json -> GlossaryReader.read(json, context));
        List<Side> sides = optional(SideReader.FILE, json -> SideReader.read(json, context));
        Map<String, Side> sideById = new LinkedHashMap<>();
        sides.forEach(side -> sideById.put(side.id(), side));
        List<Movement> movements = Files.exists(folder.resolve(MovementReader.FILE))
                ? MovementReader.read(readFeatures(MovementReader.FILE, context), sideById, context) : List.of();
        List<DayCard> dayCards = optional(DayCardReader.FILE, json -> DayCardReader.read(json, context));
        if (!problems.isEmpty()) {
            return result(null);
        }
        return result(new Atlas(info.get(), statuses, territories, events, eras, places, base,
                new ArrayList<>(sources.values()), glossary, sides, movements, dayCards));
    }

    private LoadResult result(Atlas atlas) {
        Collections.sort(problems);
        return new LoadResult(Optional.ofNullable(atlas), problems);
    }

    private List<BaseFeature> baseLayers(Json infoJson, ReadContext context) {
        List<BaseFeature> base = new ArrayList<>();
        Json layers = ((Json.JObject) infoJson).get("base");
        if (layers == null) {
            return base;
        }
        if (!(layers instanceof Json.JArray array)) {
            problems.add(layers.location().problem("atlas.json: \"base\" must be an array of layers"));
            return base;
        }
        for (Json item : array.items()) {
            Fields layer = context.fields(item, "base layer");
            if (layer == null) {
                continue;
            }
            String file = layer.string("file");
            String role = layer.string("role");
            if (role != null && !BASE_ROLES.contains(role)) {
                layer.problemAt(layer.raw("role"), "\"role\" must be one of " + String.join(", ", BASE_ROLES.stream().sorted().toList()));
                continue;
            }
            if (file == null || role == null) {
                continue;
            }
            if (!Files.exists(folder.resolve(file))) {
                layer.problemAt(layer.raw("file"), "no such file \"" + file + "\" in the atlas folder");
                continue;
            }
            for (FeatureReader.Feature feature : readFeatures(file, context)) {
                if (feature.geometry() != null) {
                    base.add(new BaseFeature(role, feature.geometry(), name(feature)));
                }
            }
        }
        return base;
    }

    private static LocalizedText name(FeatureReader.Feature feature) {
        Map<String, String> names = new LinkedHashMap<>();
        String plain = feature.property("name");
        if (plain != null) {
            names.put("en", plain);
        }
        for (String language : List.of("en", "hi", "ka", "ru")) {
            String name = feature.property("name_" + language);
            if (name != null && !name.isBlank()) {
                names.put(language, name);
            }
        }
        return names.isEmpty() ? null : new LocalizedText(names);
    }

    /** Reads a file the format does not require: absent means empty. */
    private <T> List<T> optional(String file, Function<Json, List<T>> reader) {
        return Files.exists(folder.resolve(file)) ? readJson(file).map(reader).orElse(List.of()) : List.of();
    }

    private List<FeatureReader.Feature> readFeatures(String file, ReadContext context) {
        return readJson(file).map(json -> FeatureReader.read(json, context)).orElse(List.of());
    }

    private Optional<Json> readJson(String file) {
        Path path = folder.resolve(file);
        if (!Files.exists(path)) {
            problems.add(new Problem(file, 1, 1, "missing file (every atlas needs " + file + ")"));
            return Optional.empty();
        }
        return JsonFiles.read(path, file, problems);
    }

    /** The {@code *.json} files of a sub-folder, as paths relative to the atlas, in name order. */
    private List<String> filesIn(String subfolder) {
        Path dir = folder.resolve(subfolder);
        if (!Files.isDirectory(dir)) {
            problems.add(new Problem(subfolder + "/", 1, 1, "missing folder (every atlas needs " + subfolder + "/*.json)"));
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".json"))
                    .sorted()
                    .map(name -> subfolder + "/" + name)
                    .toList();
        } catch (IOException unreadable) {
            problems.add(new Problem(subfolder + "/", 1, 1, "cannot list the folder: " + unreadable.getMessage()));
            return List.of();
        }
    }
}
