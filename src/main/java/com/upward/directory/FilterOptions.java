package com.upward.directory;

import java.util.List;

/** The distinct values in the directory, for the filter selects and the tag pickers. */
public record FilterOptions(List<String> departments, List<String> locations, List<String> skills,
                            List<String> interests, List<String> languages) {

    /** A filter of the directory whose values are read from it. */
    public enum Facet { DEPARTMENT, LOCATION, SKILL }
}
