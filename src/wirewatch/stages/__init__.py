"""The pipeline stages, in order: reader, clean, lang, nlp, entities, quotes."""
