package com.example.bodies;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiln.Body;
import dev.kiln.Default;
import dev.kiln.Post;
import dev.kiln.Put;
import dev.kiln.Router;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Router(prefix = "/shop")
public class Shop {
    @Post("/products")
    public Product create(Product product) {
        return product;
    }

    @Put("/products/{id}")
    public Product replace(int id, Product product, Pet owner, @Body @Default("1") int importance,
                           @Body("comment") Optional<String> note) {
        return product;
    }

    @Post("/categories")
    public Category category(@Body(embed = true) Category category) {
        return category;
    }

    @Post("/many")
    public int many(List<Product> products, @Nullable Map<String, Pet> pets) {
        return products.size();
    }

    @Post("/tree")
    public JsonNode tree(JsonNode node) {
        return node;
    }

    @Post("/opaque")
    public Opaque opaque(Optional<Opaque> value, @Nullable Map<Integer, String> numbers) {
        return value.orElse(null);
    }

    @Post("/optional")
    public String optional(Optional<Pet> pet) {
        return "";
    }

    @Post("/nullable")
    public Pet nullable(@Nullable Pet pet) {
        return pet;
    }
}
