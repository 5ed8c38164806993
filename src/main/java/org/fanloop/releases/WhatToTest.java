package org.fanloop.releases;

import java.util.List;

import org.fanloop.posts.PostCard;
import org.fanloop.posts.PostKind;

/**
 * A beta build's "What to Test", written for its testers from the posts it delivers: the
 * ideas and answers it brings, then the bugs it fixes, each with its title and one line
 * of its description. Staff edit it as they like; this is only the first draft.
 */
final class WhatToTest {

	private static final int LINE = 140;

	private WhatToTest() {
	}

	static String draft(List<PostCard> delivered) {
		List<PostCard> changes = delivered.stream().filter(card -> card.kind() != PostKind.BUG).toList();
		List<PostCard> fixes = delivered.stream().filter(card -> card.kind() == PostKind.BUG).toList();
		StringBuilder text = new StringBuilder();
		if (!changes.isEmpty()) {
			text.append("**Try what is new or changed**\n\n");
			changes.forEach(card -> item(text, card));
		}
		if (!fixes.isEmpty()) {
			text.append(text.isEmpty() ? "" : "\n").append("**Check that these bugs are fixed**\n\n");
			fixes.forEach(card -> item(text, card));
		}
		return text.toString().strip();
	}

	private static void item(StringBuilder text, PostCard card) {
		text.append("- ").append(escape(card.title()));
		String line = firstLine(card.excerpt());
		if (!line.isEmpty()) {
			text.append(": ").append(escape(line));
		}
		text.append(" (#").append(card.id()).append(")\n");
	}

	/** The first sentence of the excerpt, at most a line long. */
	private static String firstLine(String excerpt) {
		String text = excerpt.strip();
		int end = text.indexOf(". ");
		if (end > 0 && end < LINE) {
			return text.substring(0, end + 1);
		}
		return (text.length() <= LINE) ? text : text.substring(0, LINE - 1).stripTrailing() + "…";
	}

	/** Members' words stay words: no Markdown of theirs in the note. */
	private static String escape(String text) {
		return text.replaceAll("([\\\\`*_\\[\\]<>#!|~])", "\\\\$1");
	}

}
