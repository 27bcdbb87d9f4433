package dev.kiln.openapi;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Chooses the name each used component is written under, as FastAPI and Pydantic do: one schema
 * named {@code Item} when the input and output sides agree (or only one is used), two schemas
 * {@code Item-Input} and {@code Item-Output} when they differ; a component whose name is shared
 * with another is written under its qualified name.
 */
final class ComponentNames {
    private final Map<ApiRef, String> names = new HashMap<>();
    private final Map<String, ApiSchema> schemasByName = new TreeMap<>();
    private final List<ApiRef> missing = new ArrayList<>();

    /**
     * Names the components reachable from {@code roots}; refs to a component (or side) that is not
     * in {@code components} are collected in {@link #missing()}.
     */
    ComponentNames(List<ApiComponent> components, List<ApiRef> roots) {
        Map<String, ApiComponent> byId = new HashMap<>();
        components.forEach(component -> byId.put(component.id(), component));

        Set<ApiRef> used = reachable(byId, roots);
        Map<String, Set<SchemaMode>> modesById = new TreeMap<>();
        for (ApiRef ref : used) {
            modesById
                    .computeIfAbsent(ref.componentId(), id -> new LinkedHashSet<>())
                    .add(ref.mode());
        }
        Set<String> differing = differingSides(byId, modesById);

        Map<String, Integer> nameUses = new HashMap<>();
        modesById.keySet().forEach(id -> nameUses.merge(byId.get(id).name(), 1, Integer::sum));

        for (Map.Entry<String, Set<SchemaMode>> entry : modesById.entrySet()) {
            ApiComponent component = byId.get(entry.getKey());
            String base = nameUses.get(component.name()) > 1 ? component.qualifiedName() : component.name();
            if (differing.contains(component.id())) {
                for (SchemaMode mode : SchemaMode.values()) {
                    String name = base + (mode == SchemaMode.INPUT ? "-Input" : "-Output");
                    names.put(new ApiRef(component.id(), mode), name);
                    schemasByName.put(name, component.schema(mode));
                }
            } else {
                SchemaMode shown = entry.getValue().contains(SchemaMode.INPUT) ? SchemaMode.INPUT : SchemaMode.OUTPUT;
                for (SchemaMode mode : entry.getValue()) {
                    names.put(new ApiRef(component.id(), mode), base);
                }
                schemasByName.put(base, component.schema(shown));
            }
        }
    }

    /** The name a reference points at, or {@code null} for a missing component. */
    String nameOf(ApiRef ref) {
        return names.get(ref);
    }

    /** The component schemas to write, by final name, sorted. */
    Map<String, ApiSchema> schemasByName() {
        return schemasByName;
    }

    /** References to components (or sides of components) that were not supplied. */
    List<ApiRef> missing() {
        return missing;
    }

    private Set<ApiRef> reachable(Map<String, ApiComponent> byId, List<ApiRef> roots) {
        Set<ApiRef> seen = new HashSet<>();
        Deque<ApiRef> work = new ArrayDeque<>(roots);
        while (!work.isEmpty()) {
            ApiRef ref = work.pop();
            if (!seen.add(ref)) {
                continue;
            }
            ApiComponent component = byId.get(ref.componentId());
            ApiSchema schema = component == null ? null : component.schema(ref.mode());
            if (schema == null) {
                if (!missing.contains(ref)) {
                    missing.add(ref);
                }
                continue;
            }
            work.addAll(schema.refs());
        }
        seen.removeAll(missing);
        return seen;
    }

    /**
     * The components used on both sides whose two schemas differ. A reference counts as a
     * difference only when the referenced component itself differs, so this is a least fixpoint:
     * start with none differing and add components until nothing changes (recursion terminates).
     */
    private static Set<String> differingSides(Map<String, ApiComponent> byId, Map<String, Set<SchemaMode>> modesById) {
        Set<String> differing = new HashSet<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<String, Set<SchemaMode>> entry : modesById.entrySet()) {
                if (entry.getValue().size() < 2 || differing.contains(entry.getKey())) {
                    continue;
                }
                ApiComponent component = byId.get(entry.getKey());
                ApiSchema input = normalise(component.input(), differing);
                ApiSchema output = normalise(component.output(), differing);
                if (!Objects.equals(input, output)) {
                    differing.add(entry.getKey());
                    changed = true;
                }
            }
        }
        return differing;
    }

    /** Erases the side of references to components that do not (yet) differ. */
    private static ApiSchema normalise(ApiSchema schema, Set<String> differing) {
        return schema.mapRefs(
                ref -> differing.contains(ref.componentId()) ? ref : new ApiRef(ref.componentId(), SchemaMode.INPUT));
    }
}
