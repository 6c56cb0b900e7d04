"""extract: documents → claims."""
