package com.example.bodies;

import java.util.Optional;

/** A bean: a public no-arg constructor and setters. */
public class Pet {
    private String name;
    private int age;
    private Optional<Tag> tag = Optional.empty();

    public Pet() {
    }

    public void setName(String name) {
        this.name = name;
    }

    public void setAge(int age) {
        this.age = age;
    }

    public void setTag(Optional<Tag> tag) {
        this.tag = tag;
    }

    public String getName() {
        return name;
    }
}
