package com.upward.reporting;

public enum ReportFormat {
    PDF, XLSX
}
