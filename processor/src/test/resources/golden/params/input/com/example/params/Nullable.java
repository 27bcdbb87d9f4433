package com.example.params;

import java.lang.annotation.ElementType;
import java.lang.annotation.Target;

/** Any annotation named Nullable makes a parameter optional. */
@Target({ElementType.PARAMETER, ElementType.TYPE_USE})
public @interface Nullable {
}
