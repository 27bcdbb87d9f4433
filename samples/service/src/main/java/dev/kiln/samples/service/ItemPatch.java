package dev.kiln.samples.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * A partial update, FastAPI's {@code item.model_dump(exclude_unset=True)}: a field left out stays as it is.
 *
 * @param title       the new title, if sent
 * @param description the new description, if sent
 */
public record ItemPatch(
        @NotBlank @Size(max = 200) Optional<String> title,
        @Size(max = 2000) Optional<String> description) {}
