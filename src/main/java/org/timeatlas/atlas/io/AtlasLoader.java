package org.timeatlas.atlas.io;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Geometry;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.AtlasExtras;
import org.timeatlas.atlas.BaseFeature;
import org.timeatlas.atlas.DayCard;
import org.timeatlas.atlas.GlossaryTerm;
import org.timeatlas.atlas.HomeArea;
import org.timeatlas.atlas.Movement;
import org.timeatlas.atlas.Side;
import org.timeatlas.atlas.Era;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.LocalizedText;
import org.timeatlas.atlas.Lens;
import org.timeatlas.atlas.Place;
import org.timeatlas.atlas.Question;
import org.timeatlas.atlas.Source;
import org.timeatlas.atlas.Status;
import org.timeatlas.atlas.Territory;
import org.timeatlas.atlas.Tour;

/**
 * Reads and checks an atlas folder (see docs/atlas-format.md). Every problem is collected with its file,
 * line and column; the atlas is returned only when there are none. Whatever the folder holds, loading never
 * throws, hangs or reads outside the folder ({@link AtlasFolder}), stays within the {@link Limits}, and a valid
 * atlas is one the map can draw: its projection is built and every geometry projected while checking.
 */
public final class AtlasLoader {

    /** The atlas packaged with the app. */
    public static final String EMBEDDED = "georgia-1991-2008";
    private static final Set<String> BASE_ROLES = Set.of("sea", "land", "lake", "river", "border", "relief");

    private final Path folder;
    private final ProblemList problems = new ProblemList();
    private AtlasFolder files;
    /** The file being read, for the safety net in {@link #load()}. */
    private String reading = InfoReader.FILE;

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
        Optional<AtlasFolder> opened = AtlasFolder.open(folder, problems);
        if (opened.isEmpty()) {
            return result(null);
        }
        files = opened.get();
        try {
            return read();
        } catch (RuntimeException | StackOverflowError unexpected) {
            // A safety net only: every kind of bad content has its own problem; the fuzz test fails on this one.
            problems.add(new Problem(reading, 1, 1, "the program failed while checking this file ("
                    + unexpected.getClass().getSimpleName() + "); please report it with the file"));
            return result(null);
        }
    }

    private LoadResult read() {
        Optional<Json> infoJson = readJson(InfoReader.FILE);
        Optional<InfoReader.Read> info = infoJson.flatMap(json -> InfoReader.read(json, problems));
        if (info.isEmpty()) {
            return result(null);
        }
        ReadContext context = new ReadContext(problems, info.get().info());
        context.useProjection(info.get().projection());
        Map<String, Source> sources = SourceReader.empty();
        for (String file : files.jsonFilesIn("sources", problems)) {
            readJson(file, context, ReadContext.Declared.SOURCE).ifPresent(json -> SourceReader.read(json, context, sources));
        }
        context.useSources(sources);
        List<Status> statuses = readJson(StatusReader.FILE, context, ReadContext.Declared.STATUS)
                .map(json -> StatusReader.read(json, context)).orElse(List.of());
        Map<String, Status> statusById = statuses.stream().collect(Collectors.toMap(Status::id, Function.identity()));
        List<FeatureReader.Feature> outlines = readJson(TerritoryReader.OUTLINES, context, ReadContext.Declared.OUTLINE)
                .map(json -> FeatureReader.read(json, context)).orElse(List.of());
        List<Territory> territories = readJson(TerritoryReader.FILE, context, ReadContext.Declared.TERRITORY)
                .map(json -> TerritoryReader.read(json, outlines, statusById, context)).orElse(List.of());
        Map<String, Territory> territoryById = new LinkedHashMap<>();
        territories.forEach(t -> territoryById.put(t.id(), t));
        List<Event> events = new ArrayList<>();
        Set<String> eventIds = new HashSet<>();
        EventReader eventReader = new EventReader(territoryById, eventIds, context);
        for (String file : files.jsonFilesIn("events", problems)) {
            readJson(file, context, ReadContext.Declared.EVENT).ifPresent(json -> eventReader.read(json, events));
        }
        events.sort((a, b) -> a.start().compareTo(b.start()));
        List<Era> eras = files.has(EraReader.FILE) ? readJson(EraReader.FILE, context, ReadContext.Declared.ERA)
                .map(json -> EraReader.read(json, context)).orElse(List.of()) : List.of();
        List<Place> places = files.has(PlaceReader.FILE)
                ? PlaceReader.read(readFeatures(PlaceReader.FILE, context), context) : List.of();
        List<BaseFeature> base = baseLayers(infoJson.get(), context);
        List<GlossaryTerm> glossary = optional(GlossaryReader.FILE, json -> GlossaryReader.read(json, context));
        List<Side> sides = files.has(SideReader.FILE) ? readJson(SideReader.FILE, context, ReadContext.Declared.SIDE)
                .map(json -> SideReader.read(json, context)).orElse(List.of()) : List.of();
        Map<String, Side> sideById = new LinkedHashMap<>();
        sides.forEach(side -> sideById.put(side.id(), side));
        List<Movement> movements = files.has(MovementReader.FILE)
                ? readJson(MovementReader.FILE, context, ReadContext.Declared.MOVEMENT).map(json -> MovementReader.read(
                        FeatureReader.read(json, context), sideById, context)).orElse(List.of()) : List.of();
        List<DayCard> dayCards = optional(DayCardReader.FILE, json -> DayCardReader.read(json, context));
        AtlasExtras extras = extras(context, statusById, territoryById, events, eras, movements);
        if (!problems.isEmpty()) {
            return result(null);
        }
        return result(new Atlas(info.get().info(), statuses, territories, events, eras, places, base,
                new ArrayList<>(sources.values()), glossary, sides, movements, dayCards, extras));
    }

    /** The optional tours (tours/*.json), quiz (quiz.json) and lenses (lenses.json), checked against the rest. */
    private AtlasExtras extras(ReadContext context, Map<String, Status> statusById, Map<String, Territory> territoryById,
                               List<Event> events, List<Era> eras, List<Movement> movements) {
        Map<String, Event> eventById = new HashMap<>();
        events.forEach(event -> eventById.put(event.id(), event));
        Map<String, Movement> movementById = new HashMap<>();
        movements.forEach(movement -> movementById.put(movement.id(), movement));
        Map<String, Era> eraById = new HashMap<>();
        eras.forEach(era -> eraById.put(era.id(), era));
        TourReader tourReader = new TourReader(context, eventById, territoryById, movementById);
        List<Tour> tours = new ArrayList<>();
        if (files.has(TourReader.FOLDER)) {
            for (String file : files.jsonFilesIn(TourReader.FOLDER, problems)) {
                readJson(file, context, ReadContext.Declared.TOUR).map(json -> tourReader.read(json, file))
                        .ifPresent(tours::add);
            }
        }
        Set<String> tourIds = new HashSet<>();
        tours.forEach(tour -> tourIds.add(tour.id()));
        boolean quizPresent = files.has(QuizReader.FILE);
        List<Question> questions = quizPresent ? readJson(QuizReader.FILE, context, ReadContext.Declared.QUESTION)
                .map(json -> new QuizReader(context, eventById, territoryById, statusById, eraById, tourIds).read(json))
                .orElse(List.of()) : List.of();
        tourReader.checkQuestions(quizPresent);
        List<Lens> lenses = optional(LensReader.FILE, json -> LensReader.read(json, territoryById, statusById, context));
        return new AtlasExtras(tours, questions, lenses);
    }

    private LoadResult result(Atlas atlas) {
        return new LoadResult(Optional.ofNullable(atlas), problems.sorted());
    }

    /**
     * The features of the base layers, each clipped to the {@link HomeArea} (of a world map the atlas keeps only
     * the part around it) and checked to project.
     */
    private List<BaseFeature> baseLayers(Json infoJson, ReadContext context) {
        List<BaseFeature> base = new ArrayList<>();
        Json.JArray array = context.fields(infoJson, InfoReader.FILE).optionalArray("base");
        HomeArea area = new HomeArea(context.info().home());
        for (Json item : array.items()) {
            Fields layer = context.fields(item, "base layer");
            if (layer == null) {
                continue;
            }
            layer.rejectUnknown(Set.of("file", "role"));
            String file = layer.string("file");
            String role = layer.string("role");
            if (role != null && !BASE_ROLES.contains(role)) {
                layer.problemAt(layer.raw("role"), "\"role\" must be one of " + String.join(", ",
                        BASE_ROLES.stream().sorted().toList()) + ", found \"" + role + "\"");
                continue;
            }
            if (file == null || role == null) {
                continue;
            }
            AtlasFolder.Resolved reference = files.resolve(file);
            if (reference.refusal() != null) {
                layer.problemAt(layer.raw("file"), "\"file\": " + reference.refusal());
                continue;
            }
            for (FeatureReader.Feature feature : readFeatures(file, context)) {
                LocalizedText name = name(feature, context);
                if (feature.geometry() == null) {
                    continue;
                }
                Geometry clipped = area.clip(feature.geometry());
                if (!clipped.isEmpty() && context.projects(clipped, feature.location(), "the " + role + " feature")) {
                    base.add(new BaseFeature(role, clipped, name));
                }
            }
        }
        return base;
    }

    /** A base feature's optional {@code name} and {@code name_xx} properties, which must be strings. */
    private static LocalizedText name(FeatureReader.Feature feature, ReadContext context) {
        Fields properties = feature.fields("base feature", context);
        Map<String, String> names = new LinkedHashMap<>();
        String plain = properties.optionalString("name");
        if (plain != null) {
            names.put("en", plain);
        }
        for (String language : List.of("en", "hi", "ka", "ru")) {
            String name = properties.optionalString("name_" + language);
            if (name != null) {
                names.put(language, name);
            }
        }
        return names.isEmpty() ? null : new LocalizedText(names);
    }

    /** Reads a file the format does not require: absent means empty. */
    private <T> List<T> optional(String file, Function<Json, List<T>> reader) {
        return files.has(file) ? readJson(file).map(reader).orElse(List.of()) : List.of();
    }

    private List<FeatureReader.Feature> readFeatures(String file, ReadContext context) {
        return readJson(file).map(json -> FeatureReader.read(json, context)).orElse(List.of());
    }

    /** Reads a file that declares ids of {@code kind}; when it cannot be read, references to them go unchecked. */
    private Optional<Json> readJson(String file, ReadContext context, ReadContext.Declared kind) {
        Optional<Json> json = readJson(file);
        if (json.isEmpty()) {
            context.unreadable(kind);
        }
        return json;
    }

    private Optional<Json> readJson(String file) {
        reading = file;
        if (!files.has(file)) {
            problems.add(new Problem(file, 1, 1, "missing file (every atlas needs " + file + ")"));
            return Optional.empty();
        }
        return JsonFiles.read(files, file, problems);
    }
}
