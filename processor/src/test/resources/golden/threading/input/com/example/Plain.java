package com.example;

import dev.kiln.Get;
import dev.kiln.NonBlocking;

/** No class default: the return type decides. */
public class Plain {
    @Get("/plain/value")
    public String value() {
        return "";
    }

    @Get("/plain/non-blocking")
    @NonBlocking
    public void nonBlocking() {
    }
}
