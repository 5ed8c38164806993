package org.fanloop.testers;

/**
 * A new enrolment link: the link with its token, shown this once.
 */
public record InvitationCreated(Invitation invitation, String token, String link) {
}
