/**
 * Full-text search with Hibernate Search and a local Lucene index: the mapping of searchable entities,
 * and the care of the index (rebuilt when missing, counts compared with the database).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package vn.gopy.search;
