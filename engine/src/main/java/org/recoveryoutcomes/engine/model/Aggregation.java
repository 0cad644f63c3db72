package org.recoveryoutcomes.engine.model;

/**
 * How one part of a metric ({@link FigurePart}) adds up across groups, categories and periods: the relations
 * between published figures that anyone can use, and that disclosure control must therefore assume a reader
 * uses. Every relation is checked against the true figures before it is used; one that does not hold in the data
 * (clients seen in two boroughs, say) is not a fact a reader could use and is left out.
 */
public enum Aggregation {
    /**
     * Events (contacts, episodes): a borough is the sum of its projects, {@code all} the sum of the boroughs,
     * a group the sum of its equality categories.
     */
    EVENTS,
    /**
     * Distinct clients seen: within a borough, the largest project ≤ the borough ≤ the sum of its projects (a
     * client seen by two projects counts once); {@code all} is the sum of the boroughs where no client is in two;
     * a group is the sum of its categories (every client is in exactly one).
     */
    CLIENTS,
    /**
     * Clients or outcome pairs picked by a rule that a client meets in the borough only if in one of its projects:
     * the borough ≤ the sum of its projects; {@code all} is the sum of the boroughs; a group is the sum of its
     * categories.
     */
    CLIENT_SUBSET,
    /**
     * Clients picked by a property of all their contacts in the group (two or more contacts, an engagement of 84
     * days): no bound across projects, as contacts at two projects can make one borough client out of none;
     * {@code all} is the sum of the boroughs; a group is the sum of its categories.
     */
    CLIENT_PROPERTY,
    /** People who can work for any project (volunteers): the largest part ≤ the total ≤ the sum of the parts. */
    SHARED,
    /** Amounts that identify nobody (hours): no relation is used, and the figure is never hidden. */
    NONE
}
