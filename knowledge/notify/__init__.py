"""What is pushed to staff unasked: the morning digest."""
