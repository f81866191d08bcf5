"""Mutual: a platform for running peer-to-peer support programs."""
