"""What a customer is worth to the bank: tiers, contribution, the bank-wide value cache."""
