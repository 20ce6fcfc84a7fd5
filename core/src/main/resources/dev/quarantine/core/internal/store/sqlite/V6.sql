-- Version 6: the origin as the clerk typed it. A case keeps the text when it says more than the place it resolves to
-- ("湖北省武汉市汉口火车站" is 4201 and keeps its text); NULL when the resolver read all of it ("武汉", "4201",
-- "湖北（武汉）") or it is the canonical full name. Cases registered before this version keep NULL: their text was not
-- kept.
ALTER TABLE qcase ADD COLUMN origin_text TEXT;
