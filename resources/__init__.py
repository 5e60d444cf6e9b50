"""Shipped data (presets, lessons, icons, task texts). Installed as the package ``lstm_studio.resources``;
this file makes it a regular package so ``importlib.resources.files`` returns one real folder."""
