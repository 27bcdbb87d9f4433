package dev.kiln.it.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiln.Body;
import dev.kiln.Post;
import dev.kiln.Put;
import dev.kiln.Router;
import dev.kiln.it.app.Models.Everything;
import dev.kiln.it.app.Models.Item;
import dev.kiln.it.app.Models.ItemIn;
import dev.kiln.it.app.Models.Node;
import dev.kiln.it.app.Models.Pet;
import dev.kiln.it.app.Models.User;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** JSON bodies: single, embedded, nested, recursive, collections and trees. */
@Router(prefix = "/bodies", tags = "bodies")
public final class BodyApi {
    private static final UUID ID = UUID.fromString("0b5e2f4e-8a3c-4c55-9a53-3c1b6d1e7a10");

    @Post(value = "/items", status = 201)
    public Item create(ItemIn item) {
        return new Item(ID, item.name(), item.price(), item.description(), item.tags(), item.color(), item.inStock());
    }

    /** Two body parameters are embedded by name. */
    @Put("/items/{itemId}")
    public Map<String, Object> update(int itemId, ItemIn item, User user) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("itemId", itemId);
        out.put("item", item.name());
        out.put("user", user.username());
        return out;
    }

    /** One body embedded by name on request. */
    @Post("/embedded")
    public Map<String, Object> embedded(@Body(embed = true) User user) {
        return Map.of("username", user.username());
    }

    @Post("/tree")
    public Map<String, Object> tree(Node root) {
        return Map.of("count", count(root));
    }

    @Post("/everything")
    public Everything everything(Everything body) {
        return body;
    }

    @Post("/list")
    public Map<String, Object> list(List<Models.Tag> tags) {
        return Map.of(
                "count", tags.size(), "first", tags.isEmpty() ? "" : tags.get(0).name());
    }

    @Post("/map")
    public Map<String, Integer> map(Map<String, Integer> counts) {
        return counts;
    }

    @Post("/raw")
    public JsonNode raw(JsonNode any) {
        return any;
    }

    @Post("/pet")
    public Pet pet(Pet pet) {
        return pet;
    }

    private static int count(Node node) {
        int total = 1;
        for (Node child : node.children()) {
            total += count(child);
        }
        return total;
    }
}
