package dev.kiln.samples.service;

import java.util.List;

/**
 * One page of the caller's items.
 *
 * @param items  at most {@code limit} items, from {@code offset} on, by id
 * @param total  how many items match, on every page
 * @param limit  the page size asked for
 * @param offset where the page starts
 */
public record ItemPage(List<Item> items, long total, int limit, int offset) {}
