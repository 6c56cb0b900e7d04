"""link: claims → groups of claims about one quantity, and the relations between groups."""
