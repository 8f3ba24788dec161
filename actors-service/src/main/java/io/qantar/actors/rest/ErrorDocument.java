package io.qantar.actors.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Error", description = "Why a request was refused.")
public record ErrorDocument(@Schema(description = "What is wrong, in words.", required = true) String message) {
}
