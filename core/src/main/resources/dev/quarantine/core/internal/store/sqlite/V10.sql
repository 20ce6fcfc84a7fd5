-- Version 10: the phone index leads with a phone's last four digits (the number's key mod 10,000), then the number.
-- A search by the last four (find 1234, list --phone 1234) reads the few cases that end so instead of every entry of
-- the index (0.13-0.17 s on a million cases); a search by the whole number names both. Each case still has one entry.
DROP INDEX qcase_phone;
CREATE INDEX qcase_phone ON qcase (phone_key % 10000, phone_key);
DELETE FROM sqlite_stat1 WHERE idx = 'qcase_phone';
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('qcase', 'qcase_phone', '1000000 100 1');
