"""icp-extract."""
