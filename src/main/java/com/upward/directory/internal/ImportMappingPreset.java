package com.upward.directory.internal;

import com.upward.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** A column mapping HR saved under a name, to choose on the next import of the same kind of export. */
@Entity
@Table(name = "import_mapping_preset")
public class ImportMappingPreset extends AbstractEntity {

    public static final int NAME_MAX = 80;

    @Column(nullable = false, length = NAME_MAX)
    private String name;
    @Column(name = "columns_text", nullable = false)
    private String columnsText;
    @Column(nullable = false, length = 4)
    private String tagSeparator;
    @Column(nullable = false, length = 100)
    private String savedBy;
    @Column(nullable = false)
    private Instant savedAt;

    protected ImportMappingPreset() {
    }

    ImportMappingPreset(String name) {
        this.name = name;
    }

    void save(ColumnMapping mapping, String by, Instant at) {
        this.columnsText = mapping.columnsText();
        this.tagSeparator = mapping.tagSeparator();
        this.savedBy = by;
        this.savedAt = at;
    }

    public String getName() { return name; }
    public String getSavedBy() { return savedBy; }
    public Instant getSavedAt() { return savedAt; }

    ColumnMapping mapping() {
        return ColumnMapping.fromText(columnsText, tagSeparator);
    }
}
