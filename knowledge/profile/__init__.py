"""The single customer view: find the customer, gather the profile, render it."""
