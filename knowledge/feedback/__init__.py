"""Customer feedback (WOCAS): validated and stored as pending, from chat, the API or CSV."""
