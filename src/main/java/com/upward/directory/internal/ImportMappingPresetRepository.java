package com.upward.directory.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface ImportMappingPresetRepository extends JpaRepository<ImportMappingPreset, Long> {

    Optional<ImportMappingPreset> findByNameIgnoreCase(String name);

    List<ImportMappingPreset> findAllByOrderByNameAsc();
}
