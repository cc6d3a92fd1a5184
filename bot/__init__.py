"""Hamroh: a hotline bot for labour migrants from Tajikistan."""
