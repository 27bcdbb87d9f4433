package com.example.bodies;

import java.util.List;

/** A recursive type: bound through Binders.lazy. */
public record Category(String name, List<Category> children) {
}
