#!/bin/sh
cd "$(dirname "$0")" && python3 data1.py && python3 data2.py && python3 data3.py && python3 data4.py
