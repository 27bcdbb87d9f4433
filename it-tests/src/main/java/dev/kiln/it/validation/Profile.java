package dev.kiln.it.validation;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** A bean (no-arg constructor and setters): its setters' constraints are checked like a record's. */
public final class Profile {
    private String handle;
    private int level;

    public String getHandle() {
        return handle;
    }

    public void setHandle(@Size(min = 3) String handle) {
        this.handle = handle;
    }

    public int getLevel() {
        return level;
    }

    public void setLevel(@Min(1) int level) {
        this.level = level;
    }
}
