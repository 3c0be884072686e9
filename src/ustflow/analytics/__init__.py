"""Analytics: pure functions on pandas objects. They never touch HTTP, files or the store.

Inputs and outputs carry units (column names such as ``net_jpy_100mn``, ``holdings_usd_bn`` and
``DataFrame.attrs['units']``), so an output can always say what its numbers are.
"""
