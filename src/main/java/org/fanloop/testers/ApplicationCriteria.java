package org.fanloop.testers;

import org.fanloop.web.Words;

import java.util.Optional;

/**
 * What a product may ask of a member who applies to its beta programme, from modules the
 * testers module cannot ask itself (reputation depends on it): a sentence saying what the
 * member lacks, or empty when they qualify.
 */
public interface ApplicationCriteria {

	Optional<Words> unmet(long productId, String username);

}
