package dev.passwordless.webapp.bench.load.vaadin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * What a UI's state tree holds that a person would look at: each node's {@code id}
 * attribute, its text (a text node) and its children, kept up to date from the
 * {@code changes} of every UIDL answer. Other features (tags, properties, listeners,
 * styles) are not kept.
 */
public final class ElementTree {

	/** Flow's node features, as numbered in its {@code NodeFeatures}. */
	private static final int CHILDREN = 2;

	private static final int ATTRIBUTES = 3;

	private static final int TEXT = 7;

	private final Map<Integer, Element> nodes = new HashMap<>();

	/** Applies the {@code changes} of one answer, in order. */
	void apply(JsonNode changes) {
		for (JsonNode change : changes) {
			int id = change.path("node").asInt();
			String type = change.path("type").asString();
			if ("detach".equals(type)) {
				this.nodes.remove(id);
				continue;
			}
			Element node = this.nodes.computeIfAbsent(id, (key) -> new Element());
			int feature = change.path("feat").asInt(-1);
			String key = change.path("key").asString("");
			switch (type) {
				case "put" -> {
					if (feature == ATTRIBUTES && key.equals("id")) {
						node.id = change.path("value").asString();
					}
					else if (feature == TEXT && key.equals("text")) {
						node.text = change.path("value").asString();
					}
				}
				case "remove" -> {
					if (feature == ATTRIBUTES && key.equals("id")) {
						node.id = null;
					}
				}
				case "clear" -> {
					if (feature == CHILDREN) {
						node.children.clear();
					}
				}
				case "splice" -> {
					if (feature == CHILDREN) {
						int index = change.path("index").asInt();
						int remove = change.path("remove").asInt(0);
						for (int i = 0; i < remove && index < node.children.size(); i++) {
							node.children.remove(index);
						}
						List<Integer> added = new ArrayList<>();
						change.path("addNodes").forEach((child) -> added.add(child.asInt()));
						node.children.addAll(Math.min(index, node.children.size()), added);
					}
				}
				default -> {
					// attach, and changes of features not kept
				}
			}
		}
	}

	/** The node of the element with this {@code id} attribute, if there is one. */
	public Optional<Integer> node(String elementId) {
		return this.nodes.entrySet()
			.stream()
			.filter((entry) -> elementId.equals(entry.getValue().id))
			.map(Map.Entry::getKey)
			.max(Integer::compare);
	}

	/** Whether an element with this {@code id} attribute is shown. */
	public boolean has(String elementId) {
		return node(elementId).isPresent();
	}

	/** The text inside the element with this {@code id} attribute ("" if none). */
	public String text(String elementId) {
		return node(elementId).map(this::textOf).orElse("");
	}

	private String textOf(int id) {
		Element node = this.nodes.get(id);
		if (node == null) {
			return "";
		}
		StringBuilder text = new StringBuilder((node.text != null) ? node.text : "");
		node.children.forEach((child) -> text.append(textOf(child)));
		return text.toString();
	}

	private static final class Element {

		String id;

		String text;

		final List<Integer> children = new ArrayList<>();

	}

}
