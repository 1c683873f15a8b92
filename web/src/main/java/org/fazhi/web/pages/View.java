package org.fazhi.web.pages;

import java.util.Map;

/** A page to render: a mustache template under {@code templates/} and its model. */
public record View(String template, Map<String, Object> model) {
}
