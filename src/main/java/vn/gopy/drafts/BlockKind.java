package vn.gopy.drafts;

/** The parts a legal text is made of, in reading order. */
public enum BlockKind {
    /** Free text outside the structure: the title lines, the preamble ("Căn cứ ..."), the closing and signature. */
    TEXT,
    /** Chương / Chapter: a heading with a Roman numeral and a title. */
    CHAPTER,
    /** Mục / Section: a heading inside a chapter. */
    SECTION,
    /** Điều / Article: numbered, titled, with its clauses as the body. */
    ARTICLE
}
