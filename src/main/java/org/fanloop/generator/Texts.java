package org.fanloop.generator;

import java.util.SplittableRandom;

/**
 * Titles, bodies and comments made of a phone maker's everyday vocabulary, in English and
 * (one post in ten) Chinese, so that search and similar-post suggestions have realistic
 * words to work on, near-duplicates included.
 */
final class Texts {

	private static final String[] VERBS = { "Add", "Support", "Improve", "Allow", "Show", "Fix", "Speed up",
			"Bring back", "Let me customise", "Sync" };

	private static final String[] FEATURES = { "dark mode", "battery saver", "the lock screen", "notifications",
			"the camera app", "gesture navigation", "the always-on display", "wireless charging", "the gallery",
			"app permissions", "the keyboard", "screen recording", "the weather widget", "Bluetooth audio",
			"the file manager", "fast charging", "the calendar", "night light", "face unlock", "the fingerprint reader",
			"Wi-Fi calling", "the music player", "split screen", "the status bar", "backups" };

	private static final String[] WHERE = { "", " in settings", " on the home screen", " for every app",
			" in landscape", " on the watch", " while driving", " at night", " for work profiles", " offline" };

	private static final String[] REASONS = { "It would save me a lot of time every day.",
			"Other phones have had this for years.", "My whole family keeps asking for it.",
			"Right now I have to use a third-party app for this.", "This is the one thing I miss since I switched.",
			"It drains the battery when it should not.", "It worked in the previous version.",
			"Please make it optional so nobody is forced to use it.", "I would happily test a beta of this.",
			"Steps: open the app, wait a few seconds, and it happens again." };

	private static final String[] COMMENTS = { "+1, I need this too.", "Same here on the latest beta.",
			"Any news on this one?", "This would make my day.", "Works for me after the last update.",
			"Could you share which version you are on?", "I found a workaround: restart the phone.",
			"Please prioritise this, it affects a lot of us.", "Still happening in the current stable build.",
			"Thanks for looking into it!" };

	private static final String[] VERBS_ZH = { "增加", "支持", "优化", "允许", "修复", "恢复" };

	private static final String[] FEATURES_ZH = { "深色模式", "省电模式", "锁屏", "通知", "相机", "手势导航", "息屏显示", "无线充电", "相册",
			"应用权限", "输入法", "录屏", "天气小部件", "蓝牙音频", "文件管理", "快充" };

	private static final String[] REASONS_ZH = { "每天都会用到，希望尽快加入。", "其他手机早就有这个功能了。", "上一个版本还是好的。", "愿意参加内测帮忙测试。",
			"现在只能用第三方应用。" };

	private Texts() {
	}

	/** One post's title and body. */
	record Text(String title, String body) {
	}

	static Text post(SplittableRandom random, boolean bug) {
		if (random.nextInt(10) == 0) {
			String feature = pick(random, FEATURES_ZH);
			String title = bug ? feature + "偶尔无法使用" : pick(random, VERBS_ZH) + feature;
			return new Text(title, pick(random, REASONS_ZH) + pick(random, REASONS_ZH));
		}
		String feature = pick(random, FEATURES);
		String title = bug ? capitalised(feature) + " stops working" + pick(random, WHERE)
				: pick(random, VERBS) + " " + feature + pick(random, WHERE);
		String body = pick(random, REASONS) + " " + pick(random, REASONS)
				+ ((random.nextInt(3) == 0) ? " " + pick(random, REASONS) : "");
		return new Text(title, body);
	}

	static String comment(SplittableRandom random) {
		return pick(random, COMMENTS);
	}

	/** The HTML the posts module's Markdown renderer makes of such plain text. */
	static String html(String text) {
		return "<p>" + text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</p>\n";
	}

	private static String capitalised(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static String pick(SplittableRandom random, String[] words) {
		return words[random.nextInt(words.length)];
	}

}
