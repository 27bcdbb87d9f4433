package com.example.validation;

import jakarta.validation.constraints.Size;

/** A bean: its own setter's constraint is checked; the inherited setter binds a String. */
public class Labelled extends Holder<String> {
    private String label;

    public String getLabel() {
        return label;
    }

    public void setLabel(@Size(max = 3) String label) {
        this.label = label;
    }
}
