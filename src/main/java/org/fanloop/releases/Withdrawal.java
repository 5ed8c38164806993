package org.fanloop.releases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Why a published beta build is withdrawn; the note goes on every post it moves back.
 */
public record Withdrawal(@NotBlank @Size(max = 2000) String note) {
}
