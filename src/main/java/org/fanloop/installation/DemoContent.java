package org.fanloop.installation;

import java.util.List;
import java.util.Map;

/**
 * The words of the demo community: four products in the spirit of a phone maker's
 * line-up, and what their fans ask for.
 */
final class DemoContent {

	private DemoContent() {
	}

	record DemoProduct(String slug, String name, String description, List<String> staff, List<String> ideas,
			List<String> bugs, List<String> questions) {

		/** The major version the demo's release train is at. */
		String major() {
			return switch (slug) {
				case "nova-os" -> "5";
				case "pulse-band" -> "3";
				case "hearth-hub" -> "2";
				default -> "12";
			};
		}

	}

	static final List<String> MEMBERS = List.of("alice", "bob", "chen-wei", "li-na", "priya", "mateo", "yuki", "omar",
			"sofia", "lars", "amara", "jonas", "mei", "diego", "hana", "ivan", "zara", "kofi", "elena", "tariq", "noor",
			"felix", "ines", "raj", "wen", "lucas", "aiko", "samir", "greta", "tomas", "leila", "xiao-ming", "paulo",
			"freya", "arjun", "nadia", "hugo", "sana", "viktor", "lin-yi");

	static final List<DemoProduct> PRODUCTS = List.of(new DemoProduct("nova-os", "Nova OS",
			"The phone operating system: launcher, camera, battery, privacy.", List.of("mei-pm", "kai-eng"),
			List.of("Per-app battery limits that survive reboots", "Lock screen widgets for music and timers",
					"Dual-app mode for messaging apps", "Scheduled dark mode by sunset in my city",
					"Screen recorder with internal audio only", "A one-handed mode that shrinks the whole UI",
					"Quick settings tile for the hotspot with a data cap", "Camera: RAW capture in the stock app",
					"Clipboard history with a 24-hour auto-clear", "App drawer folders sorted by usage",
					"Let me hide the notch in landscape games", "Private DNS presets in the network settings",
					"Call recording with a clear announcement to both sides", "Always-on display with a calendar line",
					"Charge limit at 80% to protect the battery",
					"Gesture to open the flashlight while the screen is off", "Per-app language settings",
					"Screenshot that scrolls through long pages", "Offline mode for the voice assistant",
					"Backup of home screen layouts to my computer",
					"A privacy dashboard of which app used the microphone", "Notification snooze with custom durations",
					"Split-screen pairs I can save as a shortcut", "Silent mode that still lets favourites call",
					"Larger text without breaking app layouts", "Portrait blur that works on pets",
					"Night mode for the video camera", "Live captions for calls", "Wi-Fi password sharing by QR code",
					"Game mode that blocks notifications", "Smarter storage cleaner that shows big videos",
					"Face unlock with a mask on", "Reading mode with warm colours",
					"A visible data counter in the status bar", "Quick reply from the lock screen",
					"Edge lighting for incoming notifications", "Sort photos by people, offline",
					"Pocket mode to stop accidental touches", "Secure folder for documents",
					"Vibration patterns per contact", "Keyboard with a row for numbers", "An app lock with fingerprint",
					"Bedtime routine that turns on do not disturb", "Lock screen shortcut to the QR scanner",
					"Hide apps from the app drawer"),
			List.of("Camera app freezes after switching to portrait mode twice",
					"Bluetooth audio stutters when Wi-Fi is on 2.4 GHz", "Battery drains overnight since the last beta",
					"Keyboard covers the send button in landscape",
					"Alarm does not ring after a restart until the phone is unlocked",
					"Auto-brightness jumps in indoor light", "Notifications arrive late when battery saver is on",
					"Face unlock fails with glasses since the update", "Screen flickers at the lowest brightness",
					"Hotspot turns off after ten minutes", "Photos lose their location after editing",
					"Dual SIM: calls drop when data switches", "Gallery crashes on videos longer than an hour",
					"Wi-Fi calling drops after a few seconds", "Widgets disappear after a theme change",
					"Do not disturb ignores the schedule on weekends"),
			List.of("How do I move my photos to the new phone without the cloud?",
					"Does the beta programme wipe my data when I leave it?",
					"Which phones will get the next major version?", "Can I turn off the ads in system apps?",
					"How do I join the weekly beta?", "Is there a way to back up SMS to my computer?")),
			new DemoProduct("pulse-band", "Pulse Band",
					"The fitness band: workouts, sleep, heart rate, the companion app.", List.of("ana-pm", "ravi-eng"),
					List.of("Swimming mode that counts lengths in open water", "Sleep score with a breakdown by phase",
							"Custom watch faces from my own photos", "Vibration alarm that wakes me in light sleep",
							"Export workouts as GPX files", "Menstrual cycle tracking with privacy controls",
							"Quick reply to messages with preset texts", "Heart-rate zones I can set myself",
							"A stand reminder that respects meetings in my calendar",
							"Weekly summary email of my activity", "Stress level with breathing exercises",
							"Find my phone from the band", "Battery saver that keeps only steps and time",
							"Strava sync", "Skipping-rope mode", "Offline music controls for the gym",
							"Do not disturb during sleep, automatically", "Larger font option on the band",
							"Step goal that adapts to my week", "Support for chest-strap heart rate sensors",
							"Yoga mode with breathing guidance", "Cycling cadence from the band",
							"A watch face with three time zones", "Hydration reminders I can pause",
							"Auto-detect a walk after ten minutes", "Show the weather for tomorrow",
							"Silent timer that vibrates only", "A flashlight mode on the screen",
							"Share my activity rings with friends", "Sleep apnea warnings",
							"Battery percentage on every watch face", "Calendar events on the band",
							"Workout history on the band itself", "Skin temperature trends",
							"Raise to wake only during the day", "Weekly goals instead of daily ones"),
					List.of("Steps counted while driving on bumpy roads", "Band disconnects from the app every night",
							"Heart rate reads 0 during intense intervals", "Sleep tracking ends at 6 am every day",
							"Charging cradle does not hold the band firmly",
							"Notifications show boxes for Chinese characters", "Calories doubled after syncing twice",
							"Swim workouts save without distance", "The band vibrates for muted group chats",
							"Watch face resets to default after charging",
							"GPS track has straight lines through buildings",
							"Step count differs between the band and the app",
							"Alarm snooze does not work from the band"),
					List.of("Is the band waterproof enough for the sauna?", "How accurate is the SpO2 reading?",
							"Can I use the band without creating an account?", "Does the band work with iPhones?",
							"How long should the battery last with heart rate always on?", "Can I change the strap?")),
			new DemoProduct("hearth-hub", "Hearth Hub", "The smart-home hub: lights, sensors, routines, voice.",
					List.of("sara-pm", "tom-eng"),
					List.of("Routines triggered by sunrise and sunset with offsets",
							"Matter support for third-party lights", "Local control when the internet is down",
							"Energy report per device and room", "Guest mode that hides cameras and locks",
							"Presence detection from several phones in one household",
							"Vacation mode that plays back my usual light pattern",
							"Voice commands in two languages in one home",
							"Notifications when the washing machine finishes", "Scenes I can share with my family",
							"Zigbee device firmware updates from the hub", "Room temperature history for a year",
							"Door sensor chime on the speaker", "Widgets for the phone home screen",
							"Child lock for the thermostat", "An API for home automation enthusiasts",
							"Motion light that stays on while I'm still in the room",
							"Undo for a routine I just ran by mistake", "Lights that follow the music",
							"Water leak alerts on every phone", "Schedule the robot vacuum when nobody is home",
							"Group lights across rooms", "A night light routine for the hallway",
							"Air quality history with alerts", "Blinds that close when it gets hot",
							"Widgets for the tablet on the wall", "An energy-saving mode for the whole house",
							"Fade-in lights as a wake-up alarm", "Voice PIN for unlocking the door",
							"Show who rang the doorbell on the TV", "Power usage per plug in the app",
							"Temporary codes for the smart lock", "Routines with conditions on two sensors",
							"Alexa and Google Home at the same time"),
					List.of("Routines run twice after a power cut",
							"Hub forgets Zigbee devices after a firmware update",
							"Voice assistant answers from the wrong room", "Camera live view takes 20 seconds to start",
							"Thermostat schedule ignores daylight saving time",
							"Motion sensor reports motion in an empty room",
							"Lights turn on at full brightness at night", "Scenes fail when one bulb is offline",
							"Door lock shows unlocked while locked", "Hub reboots every night at 3 am",
							"Energy report counts the heat pump twice", "App notifications arrive an hour late"),
					List.of("Does the hub work with my old Z-Wave sensors?",
							"Is my camera footage stored in the cloud or at home?",
							"How many devices can one hub handle?", "Can two homes share one account?",
							"What happens to my routines if the company's servers are down?",
							"Does the hub need a fixed IP address?")),
			new DemoProduct("volt-ev", "Volt EV", "The electric car: range, charging, driver assistance, the app.",
					List.of("jun-pm", "eva-eng"),
					List.of("Precondition the battery on the way to a fast charger",
							"Charging schedule by electricity price",
							"Dog mode that keeps the cabin cool with a message on the screen",
							"Range prediction that accounts for the weather",
							"Share a digital key with family for a set time", "Trip planner with charger availability",
							"One-pedal driving strength setting", "Seat and mirror profiles that follow my phone",
							"Sentry recording to a USB drive", "Over-the-air update notes in plain language",
							"Heated steering wheel in the morning schedule",
							"Lane keeping that is less jumpy on rural roads", "Trailer mode with adjusted range",
							"Apple CarPlay and Android Auto wireless", "Show the tyre pressure in the app",
							"Valet mode with a speed limit", "Battery health report",
							"Bidirectional charging to power my house", "Camp mode with climate all night",
							"Calendar sync for navigation", "Spotify in the car without the phone",
							"A quieter indicator sound", "Charging cost history per month",
							"Lock the car when I walk away", "A larger font in the instrument cluster",
							"Guest profile without access to my addresses", "Show charger prices on the map",
							"Automatic high beams that react faster", "Remote window vent",
							"Parking sensors volume setting", "Route planning with a minimum arrival charge",
							"Export trip logs for my tax return", "Keep the screen on while charging"),
					List.of("App shows the car as offline although it is connected", "Wipers activate in dry weather",
							"Navigation reroutes through closed roads", "Phone key fails in cold weather",
							"Charging stops at 60% at some public chargers",
							"Seat heating turns itself off after five minutes",
							"Range estimate drops 40 km overnight in winter", "Rear camera is blurry after the update",
							"Bluetooth audio plays on the wrong speakers",
							"Tyre pressure warning for a tyre that is fine",
							"Climate control ignores the schedule on Mondays", "Software update stuck at 87%"),
					List.of("How often should the battery be charged to 100%?",
							"Does the warranty cover the battery after 8 years?", "Can I tow a caravan?",
							"Is the charging cable in the box enough for home?",
							"How do I transfer the car to a new owner in the app?",
							"Which charging networks work with the car's card?")));

	static final List<String> IDEA_BODIES = List.of(
			"This would make a big difference in daily use. Right now I have to work around it every day.",
			"Other products do this already, and it is the one thing I miss since I switched.",
			"I asked in the forum and many people want the same. Happy to test a beta build.",
			"My use case: I travel a lot and this would save me **a lot** of time.",
			"It could be a simple toggle in the settings; no need for anything fancy.",
			"Would love this. Even a basic version would be better than nothing.");

	static final List<String> BUG_BODIES = List.of(
			"Steps to reproduce:\n\n1. Open the app\n2. Do it twice in a row\n3. It happens every time\n\n"
					+ "**Expected:** it works. **Actual:** it doesn't.",
			"Happens on the latest stable version since the update. I can send logs if that helps.",
			"Started after the last beta build. It happens about once a day, always in the morning.",
			"Reproducible on two devices in our family. Restarting helps for a few hours.");

	static final List<String> QUESTION_BODIES = List.of("I couldn't find this in the help pages.",
			"Asking before I buy a second one for my partner.", "The manual says one thing, the forum another.");

	static final List<String> COMMENTS = List.of("+1, I need this too.", "Same here, since the last update.",
			"This is the feature I want most this year.", "Any news on this?",
			"A workaround for now: restarting helps for a day or two.", "I would pay for this.",
			"Please keep it optional, I like the current behaviour.", "Confirmed on my device as well.",
			"This would make me recommend the product to friends.", "Tried the beta: much better!");

	/** Staff answers by kind of post. */
	static final Map<String, List<String>> ANSWERS = Map.of("bug",
			List.of("Thanks for the detailed report! We can reproduce it and are working on a fix.",
					"Thanks! Could you tell us which version you are on?",
					"Found it: the fix goes out with the next beta build."),
			"idea",
			List.of("Good idea. We're looking at how this fits with the next release.",
					"We hear you. This is on our list for the coming months; we'll update this post.",
					"Thanks for writing this up so clearly; the team is discussing it this week."),
			"question",
			List.of("Yes: it's under Settings, then Advanced. We'll make it easier to find.",
					"Not yet, but many of you ask; follow this post to hear when that changes.",
					"It depends on the model; we'll add a help page that explains it."));

	static final List<String> NOTES = List.of("We're reviewing this with the team.", "Planned for an upcoming release.",
			"Shipping to beta testers this Friday.", "Shipped in the latest stable release. Thank you for asking!",
			"Not something we'll do: it conflicts with how the product works. Thanks for the suggestion.");

}
