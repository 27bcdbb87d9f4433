package dev.kiln.runtime.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link StaticFolder#relativePath}: what the rest of a request path under a static prefix names. Every
 * way of climbing out of the folder is refused before the file system is asked (the it-tests send the
 * same table over HTTP, with symbolic links).
 */
class StaticPathsTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "REFUSED",
            value = {
                "a.txt                 | a.txt",
                "css/site.css          | css/site.css",
                "a%20b.txt             | a b.txt",
                "%C3%A9t%C3%A9.txt     | été.txt",
                "%252e%252e/x          | %2e%2e/x",
                "..                    | REFUSED",
                "../secret             | REFUSED",
                "css/../../secret      | REFUSED",
                "%2e%2e/secret         | REFUSED",
                "%2E%2E/secret         | REFUSED",
                ".%2e/secret           | REFUSED",
                "..%2fsecret           | REFUSED",
                "..%2Fsecret           | REFUSED",
                "..%5csecret           | REFUSED",
                "..\\secret            | REFUSED",
                "a.txt%00.png          | REFUSED",
                "./a.txt               | REFUSED",
                "css//site.css         | REFUSED",
                "css/                  | REFUSED",
                "''                    | REFUSED",
            })
    void refusedOrDecoded(String raw, String expected) {
        assertEquals(expected, StaticFolder.relativePath(raw));
    }
}
