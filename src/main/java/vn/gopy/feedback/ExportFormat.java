package vn.gopy.feedback;

/** What an export of comments is written as. */
public enum ExportFormat {
    /** One row per comment; UTF-8 with a byte-order mark, so that Excel reads Vietnamese right. */
    CSV("csv", "text/csv; charset=UTF-8"),
    /** The same rows as an Excel workbook, with real date cells. */
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    /** The files attached to the comments, one folder per tracking number, with a list of them. */
    ZIP("zip", "application/zip");

    private final String extension;
    private final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }
}
