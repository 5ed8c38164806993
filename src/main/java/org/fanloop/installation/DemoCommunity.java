package org.fanloop.installation;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

import org.fanloop.accounts.Member;
import org.fanloop.accounts.MemberService;
import org.fanloop.accounts.SignUp;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.installation.DemoContent.DemoProduct;
import org.fanloop.engagement.EngagementService;
import org.fanloop.reputation.ReputationService;
import org.fanloop.sessions.NewSession;
import org.fanloop.sessions.Outcome;
import org.fanloop.sessions.ReviewSession;
import org.fanloop.sessions.SessionService;
import org.fanloop.posts.BugReport;
import org.fanloop.posts.NewComment;
import org.fanloop.posts.NewPost;
import org.fanloop.posts.PostService;
import org.fanloop.posts.PostStatus;
import org.fanloop.posts.StatusUpdate;
import org.fanloop.products.NewProduct;
import org.fanloop.products.Product;
import org.fanloop.products.ProductService;
import org.fanloop.releases.Build;
import org.fanloop.releases.BuildService;
import org.fanloop.releases.NewBuild;
import org.fanloop.releases.Promotion;
import org.fanloop.testers.TesterService;
import org.fanloop.testers.TesterState;
import org.fanloop.voting.VoteService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --demo}: loads a sample community into an installation without products, through
 * the same services members use, so every rule holds. Same seed, same community.
 */
@Component
@Order(2)
class DemoCommunity implements ApplicationRunner {

	static final String PASSWORD = "fanloop-demo";

	static final String ADMIN = "ada";

	private static final Logger log = LoggerFactory.getLogger(DemoCommunity.class);

	/**
	 * What happens to a post: staff review, plan or decline it; planned ones may ship.
	 */
	private static final PostStatus[] OUTCOMES = { PostStatus.UNDER_REVIEW, PostStatus.PLANNED, PostStatus.IN_BETA,
			PostStatus.SHIPPED, PostStatus.DECLINED };

	private static final int TESTERS = 12;

	private final MemberService members;

	private final ProductService products;

	private final PostService posts;

	private final VoteService votes;

	private final InstallationService installation;

	private final BuildService builds;

	private final TesterService testers;

	private final EngagementService engagement;

	private final SessionService sessions;

	DemoCommunity(MemberService members, ProductService products, PostService posts, VoteService votes,
			InstallationService installation, BuildService builds, TesterService testers, EngagementService engagement,
			SessionService sessions) {
		this.sessions = sessions;
		this.engagement = engagement;
		this.members = members;
		this.products = products;
		this.posts = posts;
		this.votes = votes;
		this.installation = installation;
		this.builds = builds;
		this.testers = testers;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.containsOption("demo")) {
			return;
		}
		if (!products.all().isEmpty()) {
			log.info("--demo: this installation has products already; no demo community loaded.");
			return;
		}
		long started = System.nanoTime();
		int count = load(new Random(42));
		log.info("--demo: loaded {} posts in {} ms. Sign in as '{}' (admin), 'mei-pm' (staff of Nova OS) or 'alice', "
				+ "password '{}'.", count, (System.nanoTime() - started) / 1_000_000, ADMIN, PASSWORD);
	}

	int load(Random random) {
		SignedInMember admin = signedIn(admin());
		List<String> usernames = new ArrayList<>(DemoContent.MEMBERS);
		DemoContent.PRODUCTS.forEach(product -> usernames.addAll(product.staff()));
		Map<String, Member> people = signUp(usernames);
		List<Member> fans = DemoContent.MEMBERS.stream().map(people::get).toList();
		int count = 0;
		for (DemoProduct demo : DemoContent.PRODUCTS) {
			Product product = products.create(new NewProduct(demo.slug(), demo.name(), demo.description()), admin);
			demo.staff().forEach(staff -> products.addStaff(product.slug(), staff, admin));
			List<SignedInMember> staff = demo.staff().stream().map(people::get).map(DemoCommunity::signedIn).toList();
			// The team takes members' posts in turn: the queue shows who has each.
			staff.forEach(member -> engagement.rotate(product.slug(), true, member));
			count += loadPosts(product, demo, fans, staff, random);
			meet(product, staff.getFirst());
		}
		return count;
	}

	/**
	 * A review session last month with its outcome, and one next week with invitations
	 * out: the members who earned most with the product are invited, as the page
	 * suggests.
	 */
	private void meet(Product product, SignedInMember staff) {
		ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC).withMinute(0).withSecond(0).withNano(0);
		ReviewSession past = sessions.create(product.slug(),
				new NewSession("What should the next release focus on?",
						now.minusDays(24).withHour(17).toLocalDateTime().toString(), "UTC", 60,
						"https://meet.example.com/" + product.slug() + "-review", 8, List.of()),
				staff);
		List<String> invited = sessions.suggestions(past.id(), staff)
			.stream()
			.limit(6)
			.map(ReputationService.Contributor::username)
			.toList();
		if (!invited.isEmpty()) {
			sessions.invite(past.id(), invited, staff);
			invited.forEach(name -> sessions.answer(past.id(), true, signedIn(members.get(name))));
		}
		sessions.close(past.id(), new Outcome("Battery life first, then the camera. Thank you all for coming!", null),
				staff);
		ReviewSession next = sessions.create(product.slug(),
				new NewSession("Testing the next beta together",
						now.plusDays(7).withHour(16).toLocalDateTime().toString(), "UTC", 45,
						"https://meet.example.com/" + product.slug() + "-beta", 6, List.of()),
				staff);
		List<String> nextInvited = sessions.suggestions(next.id(), staff)
			.stream()
			.limit(8)
			.map(ReputationService.Contributor::username)
			.toList();
		if (!nextInvited.isEmpty()) {
			sessions.invite(next.id(), nextInvited, staff);
			nextInvited.stream()
				.limit(3)
				.forEach(name -> sessions.answer(next.id(), true, signedIn(members.get(name))));
		}
	}

	/** The demo's own admin; on an installation that has no admin yet it is the first. */
	private Member admin() {
		SignUp admin = new SignUp(ADMIN, ADMIN + "@demo.fanloop.test", PASSWORD);
		if (installation.createFirstAdmin(admin)) {
			return members.get(ADMIN);
		}
		return members.find(ADMIN).orElseGet(() -> members.signUpAdmin(admin));
	}

	/**
	 * BCrypt is slow on purpose, so the accounts are made on all cores. Everybody joined
	 * before the oldest post (posts go back 120 days).
	 */
	private Map<String, Member> signUp(List<String> usernames) {
		Map<String, Member> people = new ConcurrentHashMap<>();
		Instant now = Instant.now();
		usernames.parallelStream()
			.forEach(name -> people.put(name,
					members.find(name)
						.orElseGet(() -> members.importMember(new SignUp(name, name + "@demo.fanloop.test", PASSWORD),
								now.minus(Duration.ofDays(121 + Math.floorMod(name.hashCode(), 240)))))));
		return people;
	}

	private int loadPosts(Product product, DemoProduct demo, List<Member> fans, List<SignedInMember> staff,
			Random random) {
		List<NewPost> drafts = new ArrayList<>();
		demo.ideas().forEach(title -> drafts.add(draft("idea", title, random)));
		demo.bugs().forEach(title -> drafts.add(draft("bug", title, random)));
		demo.questions().forEach(title -> drafts.add(draft("question", title, random)));
		Instant now = Instant.now();
		List<Long> toBeta = new ArrayList<>();
		List<Long> toStable = new ArrayList<>();
		for (NewPost draft : drafts) {
			Member author = fans.get(random.nextInt(fans.size()));
			Instant createdAt = now
				.minus(Duration.ofMinutes((long) (Math.pow(random.nextDouble(), 2) * 120 * 24 * 60)));
			long id = posts.importPost(product.id(), draft, author.profile(), createdAt);
			vote(id, author, fans, draft.kind().equals("idea") ? 1.0 : 0.4, random);
			discuss(id, draft.kind(), createdAt, fans, staff, random);
			PostStatus outcome = settle(id, staff.get(random.nextInt(staff.size())), random);
			if (outcome == PostStatus.IN_BETA) {
				toBeta.add(id);
			}
			else if (outcome == PostStatus.SHIPPED) {
				toStable.add(id);
			}
		}
		release(product, demo, fans, staff.getFirst(), toStable, toBeta, random);
		return drafts.size();
	}

	/**
	 * The release train so far: a stable release promoted from its beta, and this week's
	 * beta with a bug a tester found in it.
	 */
	private void release(Product product, DemoProduct demo, List<Member> fans, SignedInMember staff,
			List<Long> toStable, List<Long> toBeta, Random random) {
		List<Member> betaTesters = fans.subList(0, TESTERS);
		for (Member tester : betaTesters) {
			testers.apply(product.slug(), signedIn(tester));
			testers.decide(product.slug(), tester.username(), TesterState.ACCEPTED, staff);
		}
		String major = demo.major();
		Build stable = builds.draft(product.slug(),
				new NewBuild(major + ".0-beta.1", "beta",
						"The first beta of " + product.name() + " " + major + ". Thank you, testers!", toStable),
				staff);
		builds.publish(stable.id(), staff);
		builds.promote(stable.id(), new Promotion(major + ".0",
				"**" + product.name() + " " + major + "** is here, with the ideas our community asked for most.", null,
				null), staff);
		Build beta = builds.draft(product.slug(), new NewBuild(major + ".1-beta.1", "beta",
				"This week's beta: the next batch of your ideas. Tell us how it feels.", toBeta), staff);
		builds.publish(beta.id(), staff);
		Member tester = betaTesters.get(random.nextInt(TESTERS));
		builds.reportBug(beta.id(), new BugReport("The settings page scrolls back to the top after every change",
				"Happens on every page of the settings since this beta.", "minor"), signedIn(tester));
	}

	private static NewPost draft(String kind, String title, Random random) {
		List<String> bodies = switch (kind) {
			case "bug" -> DemoContent.BUG_BODIES;
			case "question" -> DemoContent.QUESTION_BODIES;
			default -> DemoContent.IDEA_BODIES;
		};
		return new NewPost(kind, title, pick(bodies, random));
	}

	/** A long tail: most posts get a few votes, some get most of the community's. */
	private void vote(long postId, Member author, List<Member> fans, double appeal, Random random) {
		int voters = (int) Math.min(fans.size(), appeal * 3 / (random.nextDouble() + 0.07));
		List<Member> shuffled = new ArrayList<>(fans);
		Collections.shuffle(shuffled, random);
		shuffled.stream()
			.filter(fan -> fan.id() != author.id())
			.limit(voters)
			.forEach(fan -> votes.cast(postId, signedIn(fan)));
	}

	/**
	 * Comments spread over the time between the post and now; staff answer some posts.
	 */
	private void discuss(long postId, String kind, Instant postedAt, List<Member> fans, List<SignedInMember> staff,
			Random random) {
		int comments = random.nextInt(5);
		Instant at = postedAt;
		for (int i = 0; i < comments; i++) {
			at = later(at, random);
			SignedInMember fan = signedIn(fans.get(random.nextInt(fans.size())));
			posts.importComment(postId, new NewComment(pick(DemoContent.COMMENTS, random)), fan, at);
		}
		if (random.nextDouble() < 0.4) {
			posts.importComment(postId, new NewComment(pick(DemoContent.ANSWERS.get(kind), random)),
					staff.get(random.nextInt(staff.size())), later(at, random));
		}
	}

	private static Instant later(Instant after, Random random) {
		long gap = Duration.between(after, Instant.now()).toMinutes();
		return after.plus(Duration.ofMinutes((long) (gap * random.nextDouble() * 0.5)));
	}

	private static String pick(List<String> texts, Random random) {
		return texts.get(random.nextInt(texts.size()));
	}

	/**
	 * Staff review, plan or decline some posts; those bound for a build are planned first
	 * and reach beta and stable through the builds.
	 */
	private PostStatus settle(long postId, SignedInMember staff, Random random) {
		if (random.nextDouble() < 0.45) {
			return PostStatus.OPEN;
		}
		PostStatus outcome = OUTCOMES[random.nextInt(OUTCOMES.length)];
		PostStatus now = (outcome == PostStatus.IN_BETA || outcome == PostStatus.SHIPPED) ? PostStatus.PLANNED
				: outcome;
		posts.changeStatus(postId, new StatusUpdate(now.value(), DemoContent.NOTES.get(now.ordinal() - 1)), staff);
		return outcome;
	}

	private static SignedInMember signedIn(Member member) {
		return member.signedIn();
	}

}
