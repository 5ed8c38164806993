package org.fanloop.accounts;

/**
 * A visitor pressed a vote button, was asked to sign in, and did: the vote they asked for
 * is to be cast now (the voting module listens, in the sign-in request).
 */
public record VoteAtSignIn(SignedInMember member, long postId) {
}
