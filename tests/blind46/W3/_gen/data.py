from data1 import ITEMS1
from data2 import ITEMS2
from data3 import ITEMS3
from data4 import ITEMS4
ITEMS = ITEMS1 + ITEMS2 + ITEMS3 + ITEMS4
