function showToday(){var d=new Date();var w=['日','一','二','三','四','五','六'];
document.write(d.getFullYear()+'年'+(d.getMonth()+1)+'月'+d.getDate()+'日 星期'+w[d.getDay()]);}
function showHits(n){document.write(n);}
