-- Import keys name the site a comment came from: every WordPress site numbers its comments
-- from 1 (and every Isso database too), so (source, external id) alone let a second site's
-- comments pass for the first's and be dropped. Keys made before this get site '' (the site
-- of a batch that names none); the import also accepts them for any site, so re-running an
-- import made before this still adds nothing.
CREATE TABLE import_keys_by_site (
  source      TEXT    NOT NULL,
  site        TEXT    NOT NULL DEFAULT '',
  external_id TEXT    NOT NULL,
  comment_id  TEXT    NOT NULL,
  imported_at INTEGER NOT NULL,
  PRIMARY KEY (source, site, external_id)
);
INSERT INTO import_keys_by_site (source, site, external_id, comment_id, imported_at)
  SELECT source, '', external_id, comment_id, imported_at FROM import_keys;
DROP TABLE import_keys;
ALTER TABLE import_keys_by_site RENAME TO import_keys;
